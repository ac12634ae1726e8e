/**
 * The exchange format of determination standards: the YAML shape of the national standards shipped with the
 * application and of the versions administrators import, read by both the start-up migration and the import API.
 */
package org.zhiben.hazards.standards;
