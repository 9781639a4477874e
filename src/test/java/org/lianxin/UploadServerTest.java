package org.lianxin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application in a real Tomcat on a random port: upload limits are enforced by the
 * container, which MockMvc leaves out. One context for the HTTP and the browser tests of
 * uploads; they post many forms from one address, so the public rate limit is opened up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lianxin.scheduler.enabled=false", "lianxin.rate-limit.burst=1000000" })
@ActiveProfiles("demo")
public @interface UploadServerTest {

}
