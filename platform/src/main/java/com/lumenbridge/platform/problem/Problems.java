package com.lumenbridge.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds Problem Details documents with LumenBridge's stable types. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static ProblemDetail of(ApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail of(int status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The stable type for a status that has no more specific one. */
    public static URI typeFor(int status) {
        return switch (status) {
            case 400 -> ProblemTypes.BAD_REQUEST;
            case 401 -> ProblemTypes.UNAUTHENTICATED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 409 -> ProblemTypes.CONFLICT;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemTypes.URI_TOO_LONG;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemTypes.VALIDATION;
            case 429 -> ProblemTypes.RATE_LIMITED;
            case 502, 503, 504 -> ProblemTypes.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.BAD_REQUEST;
        };
    }

    /** The document as plain members, for code that writes it without Spring MVC (filters, WebFlux). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", String.valueOf(problem.getType()));
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            map.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            map.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }
}
