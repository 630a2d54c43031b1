package com.lumenbridge.order.common;

import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.ProblemTypes;

/** The caller's kind of tenant may not do this at all (403); never used for another tenant's ids, which are 404. */
public class NotPermitted extends ApiException {

    public NotPermitted(String detail) {
        super(403, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }
}
