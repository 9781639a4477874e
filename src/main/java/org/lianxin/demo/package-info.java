/**
 * Demo data for the reference city, Yingkou: regions, congresses, agencies, roles and
 * users. Loaded only with the {@code demo} profile; idempotent, so restarts add nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.lianxin.demo;
