package org.aftersales.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API for the ERP and other systems, under /aftersales/api (API.md). */
@ApplicationPath("api")
public class ApiApplication extends Application {}
