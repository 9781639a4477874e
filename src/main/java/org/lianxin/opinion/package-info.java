/**
 * Citizens' opinions (民情民意). So far: the administrator-edited list of categories that the
 * intake forms and the Open311 service list will offer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opinions")
package org.lianxin.opinion;
