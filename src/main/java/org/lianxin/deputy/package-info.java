/**
 * Deputies (人大代表): who they are, and their seats in the congresses of one or more levels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deputies")
package org.lianxin.deputy;
