/**
 * What the hazard module's use cases need from its storage: the major-hazard database itself, escalation policy versions
 * and runs, the notification inbox, attachments, the timeline and the standards' documentary notes. Implemented in
 * {@code org.zhiben.hazards.persistence}; internal to the module.
 */
package org.zhiben.hazards.storage;
