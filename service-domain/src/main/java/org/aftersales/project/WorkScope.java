package org.aftersales.project;

/**
 * The two kinds of works the company warrants "per national regulations" (R-L2): civil works (土建工程, e.g. water
 * supply and drainage, roofing) and installation works (安装工程, e.g. electrical and process equipment).
 */
public enum WorkScope {
    CIVIL,
    INSTALLATION
}
