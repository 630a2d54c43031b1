package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A problem for an error raised by the framework rather than by gateway code (404, 405, 415, 500). */
final class GenericProblem extends HeaderProblem {

    private final Map<String, String> headers;

    GenericProblem(int status, String detail, HttpHeaders headers) {
        super(status, Problems.typeFor(status), title(status), detail);
        Map<String, String> copied = new LinkedHashMap<>();
        headers.forEach((name, values) -> copied.put(name, String.join(", ", values)));
        this.headers = Map.copyOf(copied);
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
