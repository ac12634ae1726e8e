package org.zhiben.campaign.web.admin;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhiben.platform.web.ui.PageAccess;
import org.zhiben.platform.web.ui.PageController;

/**
 * The signed-in user's to-do list (待办事项) on a page of its own: every item that waits for the user, each linking to
 * the form that clears it; the home page shows the first of them.
 */
@PageController
class ToDoPage {

    private final ToDoLists toDos;

    ToDoPage(ToDoLists toDos) {
        this.toDos = toDos;
    }

    @GetMapping("/todo")
    String toDo(Model model) {
        PageAccess.require(LedgerPages.READ);
        model.addAttribute("toDos", toDos.items());
        return "todo/list";
    }
}
