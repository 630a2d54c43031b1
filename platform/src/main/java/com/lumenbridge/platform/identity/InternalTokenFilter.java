package com.lumenbridge.platform.identity;

import com.lumenbridge.platform.observability.LogFields;
import com.lumenbridge.platform.problem.ProblemTypes;
import com.lumenbridge.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.MDC;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses every request that does not carry a valid gateway token (401 Problem Details), so a
 * service port reached directly gives nothing away. Health and metrics stay open for probes and
 * Prometheus; they carry no business data.
 */
public class InternalTokenFilter extends OncePerRequestFilter {

    private final InternalTokenVerifier verifier;
    private final JsonMapper json;

    public InternalTokenFilter(InternalTokenVerifier verifier, JsonMapper json) {
        this.verifier = verifier;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/")
            || path.equals("/actuator/prometheus") || path.equals("/actuator/info");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller;
        try {
            caller = verifier.verify(request.getHeader(InternalHeaders.TOKEN));
        } catch (InvalidInternalToken e) {
            ProblemDetail problem = Problems.of(401, ProblemTypes.UNAUTHENTICATED, "Unauthenticated", e.getMessage());
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(401);
            response.setContentType(Problems.MEDIA_TYPE);
            json.writeValue(response.getOutputStream(), Problems.asMap(problem));
            return;
        }
        Caller previous = CallerContext.find().orElse(null);
        CallerContext.set(caller);
        MDC.put(LogFields.TENANT_ID, caller.tenantId());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LogFields.TENANT_ID);
            CallerContext.restore(previous);
        }
    }
}
