<?xml version="1.0" encoding="UTF-8"?>
<!-- The search indexer's stylesheet (xsltproc 1.1.35 (libxslt), run with its html option over the page):
     the page's heading a line, then every table row's cells glued with nothing, a row a line, an empty line after
     each table.  A row-spanned label exists only in the row that holds it; <br/> inside a cell gives no text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:for-each select="//h2 | //table">
      <xsl:choose>
        <xsl:when test="self::h2">
          <xsl:value-of select="."/>
          <xsl:text>&#10;</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select=".//tr">
            <xsl:for-each select="td | th">
              <xsl:value-of select="."/>
            </xsl:for-each>
            <xsl:text>&#10;</xsl:text>
          </xsl:for-each>
          <xsl:text>&#10;</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
