package fr.parcours.app.web;

import fr.parcours.app.web.auth.Role;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One line of the route table: method, path, minimum role, handler. */
public record Route(HandlerType method, String path, Role minRole, Handler handler) {}
