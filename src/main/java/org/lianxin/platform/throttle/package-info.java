/**
 * Throttling of guessed secrets (sign-in passwords, a tracking code's phone digits) per
 * subject and client address, with increasing waits instead of lockouts.
 */
package org.lianxin.platform.throttle;
