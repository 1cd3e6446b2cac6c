#pragma once

#include <QString>

int benchMustache(const QString &dir, int iterations);
int benchPlan(const QString &planPath, int iterations);
int benchPdfStructure(const QString &planPath, int runs);
int benchDocx(const QString &planPath, int iterations);
int benchEditor(const QString &planJson, const QString &editorBinary, int runs);
int benchSpelling(const QString &planJson, int keystrokes);
int benchVersions(const QString &planJson, int count);
int benchRestore(const QString &planJson, int runs);
int benchDiff(const QString &planPath, int iterations);
int benchTeam(const QString &planJson, int editors, int edits);
int benchReport(const QString &planPath, int iterations);
