package com.bizsuite.platform.error;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;

/**
 * The database as the last line of defence: when a constraint catches what a service check
 * missed (two identical creates racing past the duplicate check, a value beyond a column's
 * range), the client gets 409 or 400, not a 500. Anything else is still a real fault.
 */
@Produces
@Singleton
final class DatabaseConstraintHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConstraintHandler.class);

    private final ErrorResponseProcessor<?> processor;
    private final UnavailableAnswers unavailable;

    DatabaseConstraintHandler(ErrorResponseProcessor<?> processor, UnavailableAnswers unavailable) {
        this.processor = processor;
        this.unavailable = unavailable;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        String state = sqlState(exception);
        ApiException answer = switch (state == null ? "" : state) {
            case "23505" -> ApiException.conflict("A record with the same unique value already exists");
            case "23503", "23514" -> ApiException.conflict("The change conflicts with related records; reload and try again");
            case "22001" -> ApiException.badRequest("A value is longer than its field allows");
            case "22003" -> ApiException.badRequest("A number is larger than its field allows");
            case "22021", "22P05" -> ApiException.badRequest("Text contains characters that cannot be stored");
            case "40P01", "40001" -> ApiException.conflict("The change collided with a concurrent one and was undone; please retry");
            default -> null;
        };
        if (answer == null) {
            var outage = unavailable.forFailure(request, exception);
            if (outage.isPresent()) {
                return outage.get();
            }
            LOG.error("Unexpected database error on {} {}", request.getMethodName(), request.getPath(), exception);
            return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
        }
        LOG.warn("Database refused {} {}: SQLState {}", request.getMethodName(), request.getPath(), state);
        return processor.processResponse(ErrorContext.builder(request).cause(answer).build(), HttpResponse.status(answer.status()));
    }

    private static String sqlState(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
