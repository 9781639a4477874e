/**
 * What every log line goes through: user-supplied text in a message cannot forge a line.
 */
package org.lianxin.platform.logging;
