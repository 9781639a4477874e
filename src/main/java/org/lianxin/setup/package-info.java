/**
 * Getting a new deployment going: the first administrator of a city that has no users
 * yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Setup")
package org.lianxin.setup;
