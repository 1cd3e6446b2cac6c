<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>planverk::FollowupEditor</name>
    <message numerus="yes">
        <location filename="../../src/editor/followup/followupeditor.cpp" line="126"/>
        <source>Its %n status reports</source>
        <translation><numerusform>Its one status report</numerusform><numerusform>Its %n status reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editor/followup/followupeditor.cpp" line="126"/>
        <source>and %n indicator values are deleted with it.</source>
        <translation><numerusform>and its one indicator value are deleted with it.</numerusform><numerusform>and %n indicator values are deleted with it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editor/followup/followupeditor.cpp" line="195"/>
        <source>Import %n indicator values from %1</source>
        <translation><numerusform>Import %n indicator value from %1</numerusform><numerusform>Import %n indicator values from %1</numerusform></translation>
    </message>
</context>
<context>
    <name>planverk::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/editor/mainwindow.cpp" line="688"/>
        <source>%n entries. Select one to edit it, or add a new one.</source>
        <translation><numerusform>%n entry. Select it to edit it, or add a new one.</numerusform><numerusform>%n entries. Select one to edit it, or add a new one.</numerusform></translation>
    </message>
</context>
<context>
    <name>planverk::ReplaceDialog</name>
    <message numerus="yes">
        <location filename="../../src/editor/replacedialog.cpp" line="129"/>
        <source>%n occurrence(s) replaced</source>
        <translation><numerusform>%n occurrence replaced</numerusform><numerusform>%n occurrences replaced</numerusform></translation>
    </message>
</context>
<context>
    <name>planverk::ServerOpenDialog</name>
    <message numerus="yes">
        <location filename="../../src/editor/serveropendialog.cpp" line="143"/>
        <source>%n plan(s) in the database.</source>
        <translation><numerusform>%n plan in the database.</numerusform><numerusform>%n plans in the database.</numerusform></translation>
    </message>
</context>
</TS>
