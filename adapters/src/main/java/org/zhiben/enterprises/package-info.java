/** The register of regulated enterprises and its bulk import. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "organization", "identity", "audit"})
package org.zhiben.enterprises;
