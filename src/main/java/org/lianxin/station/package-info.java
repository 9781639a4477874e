/**
 * Where people meet their deputies: deputy homes, liaison stations and the other liaison
 * venues, with the deputies stationed there and a public page behind each venue's QR
 * code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Liaison venues")
package org.lianxin.station;
