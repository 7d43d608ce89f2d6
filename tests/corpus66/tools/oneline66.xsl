<?xml version="1.0" encoding="UTF-8"?>
<!-- The same office's full-text field (xsltproc): ONE line per table, i.e. per project: the text of the paragraph
     just before the table (its title) and every w:t of the table, glued with nothing between them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:for-each select="/w:document/w:body/w:tbl">
      <xsl:for-each select="preceding-sibling::w:p[1]//w:t"><xsl:value-of select="."/></xsl:for-each>
      <xsl:for-each select=".//w:t"><xsl:value-of select="."/></xsl:for-each>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
