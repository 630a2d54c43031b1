package com.lumenbridge.crm.common;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.NotFound;

/**
 * Who may use the CRM: a manufacturer, for its own customers, with crm:read to look and crm:write to
 * change. Every other kind of tenant gets 404 as if the resource did not exist, so a storefront or
 * dealer cannot even learn that a customer id is real.
 */
public final class CrmAccess {

    private CrmAccess() {
    }

    public static void requireReader(Caller caller, String what, String id) {
        require(caller, Scope.CRM_READ, what, id);
    }

    public static void requireWriter(Caller caller, String what, String id) {
        require(caller, Scope.CRM_WRITE, what, id);
    }

    private static void require(Caller caller, Scope scope, String what, String id) {
        if (!caller.is(TenantKind.MANUFACTURER)) {
            throw new NotFound(what, id);
        }
        caller.require(scope);
    }
}
