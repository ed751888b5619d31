package com.bizsuite.auth.sessions;

import com.bizsuite.platform.security.Authenticated;
import com.bizsuite.platform.security.CurrentUser;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

@Authenticated
@Controller("/api/v1/auth/sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    private final Sessions sessions;
    private final JsonMapper json;

    SessionController(Sessions sessions, JsonMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    @Get
    List<SessionView> list(CurrentUser caller) {
        return sessions.active(caller.userId()).stream()
                .map(s -> new SessionView(s.id(), deviceInfo(s.deviceInfo()), s.createdAt(), s.lastUsedAt(),
                        s.id().equals(caller.sessionId())))
                .toList();
    }

    @Delete("/all")
    HttpResponse<Void> revokeAll(CurrentUser caller) {
        sessions.revokeAll(caller.userId());
        return HttpResponse.noContent();
    }

    @Delete("/{id}")
    HttpResponse<Void> revoke(CurrentUser caller, UUID id) {
        sessions.revoke(caller.userId(), id);
        return HttpResponse.noContent();
    }

    private Object deviceInfo(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            return null;
        }
    }
}
