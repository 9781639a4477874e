/**
 * The agencies (承办单位) that handle opinions.
 * <p>
 * Published view: {@code agency_view} — the agencies other modules may read.
 */
package org.lianxin.agency;
