package org.lianxin.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a new deployment gets its first administrator ({@code LIANXIN_SETUP_ADMIN_PASSWORD}
 * and friends). Ignored once an enabled city administrator exists.
 *
 * @param adminPassword the first administrator's password; nothing happens while it is
 * unset
 * @param adminUsername the first administrator's username
 * @param rootRegionCode GB/T 2260 code of the city the deployment serves
 * @param rootRegionName its name
 */
@ConfigurationProperties("lianxin.setup")
record SetupProperties(String adminPassword, @DefaultValue("admin") String adminUsername,
		@DefaultValue("210800") String rootRegionCode, @DefaultValue("营口市") String rootRegionName) {
}
