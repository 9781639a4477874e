/**
 * The working-day calendar: Chinese public holidays and make-up working days, edited by
 * administrators, and the arithmetic every deadline uses ("within 3 working days").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working days")
package org.lianxin.workday;
