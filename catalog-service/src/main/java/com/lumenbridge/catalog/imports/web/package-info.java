/** {@code /api/catalog/imports}: submit an import file, follow its job. */
package com.lumenbridge.catalog.imports.web;
