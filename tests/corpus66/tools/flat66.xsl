<?xml version="1.0" encoding="UTF-8"?>
<!-- A records office's index stylesheet (xsltproc, libxslt 1.1.35) over a Word file's word/document.xml: every body
     paragraph and every table row becomes ONE line, its w:t texts glued with nothing between them (a cell's text
     runs straight into the next cell's). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:for-each select="/w:document/w:body/w:p | /w:document/w:body/w:tbl/w:tr">
      <xsl:for-each select=".//w:t"><xsl:value-of select="."/></xsl:for-each>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
