/**
 * The shared kernel (its types are in the domain jar; this declaration is here because the domain jar stays free of
 * frameworks): codes, the actor, permissions and the refusals. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.zhiben.shared;
