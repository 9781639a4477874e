package org.lianxin.platform.web;

/**
 * An entry of the staff console's navigation, contributed by a module as a bean. Shown
 * only to users who hold {@code permission}.
 *
 * @param order position in the menu, smaller first
 * @param labelKey message-bundle key of the label
 * @param href where it leads
 * @param permission the {@code module:entity:action} permission required to see it
 */
public record NavItem(int order, String labelKey, String href, String permission) {
}
