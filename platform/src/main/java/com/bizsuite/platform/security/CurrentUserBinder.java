package com.bizsuite.platform.security;

import com.bizsuite.platform.error.ApiException;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** Binds {@link CurrentUser} from the verified token; a route without a caller cannot ask for one. */
@Singleton
final class CurrentUserBinder implements TypedRequestArgumentBinder<CurrentUser> {

    @Override
    public Argument<CurrentUser> argumentType() {
        return Argument.of(CurrentUser.class);
    }

    @Override
    public BindingResult<CurrentUser> bind(ArgumentConversionContext<CurrentUser> context, HttpRequest<?> source) {
        Optional<Authentication> authentication = source.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            throw ApiException.unauthorized("Unauthorized");
        }
        Authentication auth = authentication.get();
        try {
            UUID user = UUID.fromString(auth.getName());
            Object sid = auth.getAttributes().get(CurrentUser.SESSION_CLAIM);
            UUID session = sid == null ? null : UUID.fromString(sid.toString());
            CurrentUser current = new CurrentUser(user, session);
            return () -> Optional.of(current);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("Unauthorized");
        }
    }
}
