package org.zhiben.campaign;

import org.zhiben.shared.Require;

/**
 * One of the ten groups of key tasks (重点工作任务), e.g. (一) "着力抓重大安全风险源头管控"
 * (source control of major risks).
 */
public record TaskGroup(int number, String title, String titleEn) {

    public TaskGroup {
        Checks.inRange(number, 1, 99, "group.number");
        title = Require.notBlank(title, "group.title");
        titleEn = Require.notBlank(titleEn, "group.titleEn");
    }
}
