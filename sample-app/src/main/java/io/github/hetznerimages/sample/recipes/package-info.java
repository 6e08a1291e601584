/**
 * Recipes: one small class per use case of the Hetzner images API (list system images, snapshot with labels, pick
 * an image for new servers, daily and weekly backups, the latest backup, deleting old backups, a server with a
 * volume) and the error handling. The documentation shows them between {@code tag::} markers, and a test checks that
 * what it shows is what compiles here; each recipe is tested against the library's fake API.
 */
package io.github.hetznerimages.sample.recipes;
