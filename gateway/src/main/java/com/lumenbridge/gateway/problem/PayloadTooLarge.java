package com.lumenbridge.gateway.problem;

import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.ProblemTypes;

/** The request body is larger than the path allows (413). */
public class PayloadTooLarge extends ApiException {

    public PayloadTooLarge(long limitBytes) {
        super(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
            "The request body exceeds the limit of " + limitBytes + " bytes for this path");
    }
}
