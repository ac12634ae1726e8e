/**
 * What the hazard module's web and scheduling adapters need from its storage besides the domain's ports: escalation
 * policy versions and runs, the notification inbox, attachments, the timeline and idempotent responses. Implemented
 * in {@code org.zhiben.hazards.persistence}, so that the web never touches persistence classes.
 */
package org.zhiben.hazards.storage;
