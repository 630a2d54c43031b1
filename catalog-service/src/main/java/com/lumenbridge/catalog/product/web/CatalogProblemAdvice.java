package com.lumenbridge.catalog.product.web;

import com.lumenbridge.catalog.pricing.domain.InvalidPriceList;
import com.lumenbridge.catalog.product.domain.InvalidProduct;
import com.lumenbridge.catalog.product.domain.LifecycleViolation;
import com.lumenbridge.catalog.product.domain.Violation;
import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.ProblemTypes;
import com.lumenbridge.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The catalog domain's rule violations as Problem Details: invalid input → 422 naming every
 * field; a lifecycle rule → 409 whose {@code type} names the rule (e.g. {@code …/product-not-draft}).
 * Ordered before the platform's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblemAdvice {

    @ExceptionHandler(InvalidProduct.class)
    ResponseEntity<ProblemDetail> invalidProduct(InvalidProduct e, HttpServletRequest request) {
        return respond(new InvalidInput(fieldErrors(e.violations())), request);
    }

    @ExceptionHandler(InvalidPriceList.class)
    ResponseEntity<ProblemDetail> invalidPriceList(InvalidPriceList e, HttpServletRequest request) {
        return respond(new InvalidInput(fieldErrors(e.violations())), request);
    }

    @ExceptionHandler(LifecycleViolation.class)
    ResponseEntity<ProblemDetail> lifecycle(LifecycleViolation e, HttpServletRequest request) {
        return respond(new Conflict(ProblemTypes.of(e.rule()), e.getMessage()), request);
    }

    static List<FieldError> fieldErrors(List<Violation> violations) {
        return violations.stream().map(v -> new FieldError(v.field(), v.message())).toList();
    }

    private static ResponseEntity<ProblemDetail> respond(ApiException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
