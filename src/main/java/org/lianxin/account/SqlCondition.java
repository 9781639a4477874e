package org.lianxin.account;

import java.util.Map;

/**
 * A piece of SQL for a {@code where} clause with its named parameters. The SQL text is
 * built from code constants only; every value travels as a bound parameter.
 */
public record SqlCondition(String sql, Map<String, Object> params) {
}
