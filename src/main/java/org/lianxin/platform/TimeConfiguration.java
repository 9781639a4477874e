package org.lianxin.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the deployment's time zone (China by default).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${lianxin.time-zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
