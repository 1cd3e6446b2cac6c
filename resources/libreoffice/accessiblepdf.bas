REM Planverk's accessible PDF: LibreOffice headless runs this from its own
REM temporary profile (src/core/render/libreoffice.cpp), as
REM   macro:///Standard.Module1.Convert("file:///…/dokument.odt","file:///…/dokument.pdf","file:///…/error.txt")
REM It updates the contents (page numbers: the word-processor document cannot
REM know them) and the fields, exports a tagged PDF/A-2b that claims PDF/UA-1,
REM and ends LibreOffice. What goes wrong is written to the error file.

Function Prop(name As String, value) As com.sun.star.beans.PropertyValue
  Dim p As New com.sun.star.beans.PropertyValue
  p.Name = name
  p.Value = value
  Prop = p
End Function

Sub Convert(inUrl As String, outUrl As String, errorUrl As String)
  On Error Goto Failed
  Dim load(1) As New com.sun.star.beans.PropertyValue
  load(0) = Prop("Hidden", True)
  load(1) = Prop("ReadOnly", True)
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, load())
  If IsNull(doc) Then
    Error 1
  End If
  indexes = doc.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next i
  doc.getTextFields().refresh()
  Dim options(10) As New com.sun.star.beans.PropertyValue
  options(0) = Prop("SelectPdfVersion", CLng(2))        ' PDF/A-2b (7.4 has no PDF/A-2a)
  options(1) = Prop("UseTaggedPDF", True)               ' the structure tree
  options(2) = Prop("PDFUACompliance", True)            ' PDF/UA-1
  options(3) = Prop("ExportBookmarks", True)
  options(4) = Prop("OpenBookmarkLevels", CLng(-1))
  options(5) = Prop("DisplayPDFDocumentTitle", True)
  options(6) = Prop("ExportNotes", False)
  options(7) = Prop("ExportNotesPages", False)
  options(8) = Prop("ExportFormFields", False)
  options(9) = Prop("ExportLinksRelativeFsys", False)
  options(10) = Prop("IsSkipEmptyPages", False)
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0) = Prop("FilterName", "writer_pdf_Export")
  store(1) = Prop("FilterData", options())
  doc.storeToURL(outUrl, store())
  doc.close(True)
  StarDesktop.terminate()
  Exit Sub
Failed:
  f = FreeFile()
  Open ConvertFromURL(errorUrl) For Output As #f
  Print #f, "error " & Err & " at line " & Erl & ": " & Error$
  Close #f
  StarDesktop.terminate()
End Sub
