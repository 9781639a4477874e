package org.lianxin.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before its application starts, where there is no Chromium —
 * but never on CI ({@code CI=true}), where a missing browser must fail the run instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
@interface RequiresChromium {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(Browser.CHROMIUM) || "true".equalsIgnoreCase(System.getenv("CI"))) {
				return ConditionEvaluationResult.enabled("Chromium at " + Browser.CHROMIUM);
			}
			String reason = "No Chromium at " + Browser.CHROMIUM
					+ ": end-to-end tests skipped; install it with 'apt-get install -y chromium fonts-noto-cjk'";
			System.err.println(reason);
			return ConditionEvaluationResult.disabled(reason);
		}

	}

}
