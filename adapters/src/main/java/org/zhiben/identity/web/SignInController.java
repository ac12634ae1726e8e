package org.zhiben.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.zhiben.platform.web.ui.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.identity.Username;
import org.zhiben.identity.application.ChangeOwnPassword;
import org.zhiben.identity.application.ChangeOwnPasswordCommand;
import org.zhiben.identity.security.AttemptedUsername;
import org.zhiben.identity.security.SecurityCurrentActors;
import org.zhiben.identity.security.SignedInUser;
import org.zhiben.shared.DomainException;

/**
 * The pages of signing in: the login page (the form posts to {@code /login}, handled by Spring Security), the page on
 * which a user changes their password — where a user with a one-time password is kept until they have. The
 * start page after signing in is the campaign overview ({@code /}).
 */
@PageController
class SignInController {

    private final ChangeOwnPassword changeOwnPassword;
    private final SecurityCurrentActors caller;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignInController(ChangeOwnPassword changeOwnPassword, SecurityCurrentActors caller) {
        this.changeOwnPassword = changeOwnPassword;
        this.caller = caller;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        AttemptedUsername.takeFrom(request).ifPresent(username -> model.addAttribute("attemptedUsername", username));
        return "identity/login";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        caller.signedInUser().ifPresent(user -> model.addAttribute("user", user));
        return "identity/password";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String confirmation, Model model, HttpServletRequest request,
                          HttpServletResponse response) {
        SignedInUser user = caller.signedInUser()
                .orElseThrow(() -> new IllegalStateException("the password page is for signed-in users"));
        model.addAttribute("user", user);
        if (!newPassword.equals(confirmation)) {
            model.addAttribute("error", "identity.ui.password.confirmation-mismatch");
            model.addAttribute("errorArguments", new Object[0]);
            return "identity/password";
        }
        try {
            changeOwnPassword.change(user.actor(), new ChangeOwnPasswordCommand(Username.of(user.username()),
                    currentPassword, newPassword));
        } catch (DomainException refused) {
            model.addAttribute("error", refused.code());
            model.addAttribute("errorArguments", refused.arguments().toArray());
            return "identity/password";
        }
        SignedInUser changed = user.withPasswordChanged();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
                changed.authorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/?passwordChanged";
    }
}
