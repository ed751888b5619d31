package com.bizsuite.auth.users;

import com.bizsuite.platform.error.ApiException;
import com.bizsuite.platform.security.Authenticated;
import com.bizsuite.platform.security.CurrentUser;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

@Authenticated
@Controller("/api/v1/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {

    private final UserProfiles profiles;

    UserController(UserProfiles profiles) {
        this.profiles = profiles;
    }

    @Get("/me")
    UserProfile me(CurrentUser caller) {
        return UserProfile.of(profiles.get(caller.userId()));
    }

    @Get("/profile")
    UserProfile profile(CurrentUser caller) {
        return UserProfile.of(profiles.get(caller.userId()));
    }

    @Patch("/profile")
    UserProfile updateProfile(CurrentUser caller, @Body @Valid ProfileUpdate update) {
        return UserProfile.of(profiles.update(caller.userId(), update));
    }

    @Get("/search")
    PhoneMatch search(@QueryValue @NotBlank @Pattern(regexp = "^[6-9][0-9]{9}$") String phone) {
        return PhoneMatch.of(profiles.byPhone(phone).orElseThrow(() -> ApiException.notFound("User")));
    }

    @Get("/{id}")
    UserCard byId(UUID id) {
        return UserCard.of(profiles.get(id));
    }
}
