/** The segment rule language: fields, operators, parsing with clause-level errors, evaluation against a profile. */
package com.lumenbridge.crm.segment.domain;
