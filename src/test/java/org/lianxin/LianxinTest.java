package org.lianxin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an embedded PostgreSQL with the Yingkou demo data, driven
 * through MockMvc. Every test class using it shares one Spring context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// background jobs are run by the tests that test them, not behind every other test's back
// every MockMvc request comes from one address: the public rate limit is tested on its
// own; so are the per-address caps of sign-in and tracking look-up throttling
@SpringBootTest(properties = { "lianxin.scheduler.enabled=false", "lianxin.rate-limit.burst=1000000",
		"lianxin.sign-in.free-attempts-per-address=1000000", "lianxin.track-lookup.free-attempts-per-address=1000000" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public @interface LianxinTest {

}
