package fr.parcours.app.web.pages;

import fr.parcours.app.web.auth.UserStore;
import java.util.List;

/**
 * The admin's Comptes page: the accounts, the creation form (login and role kept after an error,
 * never the password) and the outcome of the last action.
 *
 * @param message null when there is nothing to say
 */
public record AccountsView(List<UserStore.User> users, List<PageView.Option> roles, String formLogin, String message, boolean error,
    int minPasswordLength) {}
