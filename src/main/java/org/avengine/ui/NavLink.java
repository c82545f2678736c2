package org.avengine.ui;

/**
 * One entry of the dashboard's navigation. A page adds itself with a bean of this type.
 *
 * @param path where it leads, under {@code /ui}
 * @param order place in the navigation, smaller first
 * @param adminOnly whether only the administrator sees the entry (and may open the page)
 */
public record NavLink(String path, String label, int order, boolean adminOnly) {
}
