<?xml version="1.0" encoding="UTF-8"?>
<!-- XSL-FO from a contribution's XHTML (pandoc's body inside <body>), as a publishing system's stylesheet writes it for
     Apache FOP: A4, justified Times, headings in Helvetica bold, ordered lists as list blocks numbered from their start
     in their type (1, a, i), bullets, a ruled table, footnote calls as real footnotes at the foot of the page (fo:footnote,
     the note's text taken from pandoc's endnotes, which are not printed again), and, when given, a running header (the
     organisation, right, over a rule) and footer ("... page n of m", centred, the count cited from the last block).
     Parameters: header, footer, page-word, of-word. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:param name="header" select="''"/>
  <xsl:param name="footer" select="''"/>
  <xsl:param name="page-word" select="'page'"/>
  <xsl:param name="of-word" select="'of'"/>

  <xsl:template match="/body">
    <fo:root font-family="Times" font-size="11pt" language="{@lang}">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="a4" page-width="210mm" page-height="297mm" margin="12mm 22mm 12mm 22mm">
          <fo:region-body margin-top="18mm" margin-bottom="18mm"/>
          <fo:region-before extent="10mm"/>
          <fo:region-after extent="10mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="a4">
        <xsl:if test="$header != ''">
          <fo:static-content flow-name="xsl-region-before">
            <fo:block font-size="9pt" text-align="end" border-bottom="0.5pt solid black"><xsl:value-of select="$header"/></fo:block>
          </fo:static-content>
        </xsl:if>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-size="9pt" text-align="center">
            <xsl:choose>
              <xsl:when test="$footer != ''">
                <xsl:value-of select="concat($footer, ' – ', $page-word, ' ')"/><fo:page-number/>
                <xsl:value-of select="concat(' ', $of-word, ' ')"/><fo:page-number-citation ref-id="last-block"/>
              </xsl:when>
              <xsl:otherwise><fo:page-number/></xsl:otherwise>
            </xsl:choose>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-footnote-separator">
          <fo:block><fo:leader leader-pattern="rule" leader-length="50mm" rule-thickness="0.5pt"/></fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body" text-align="justify">
          <xsl:apply-templates/>
          <fo:block id="last-block"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="h1">
    <fo:block font-family="Helvetica" font-weight="bold" font-size="16pt" text-align="start" space-after="10pt" keep-with-next="always"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="h2|h3|h4">
    <fo:block font-family="Helvetica" font-weight="bold" font-size="12.5pt" text-align="start" space-before="10pt" space-after="5pt" keep-with-next="always"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="p">
    <fo:block space-after="6pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="li/p">
    <fo:block space-after="4pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="em|i"><fo:inline font-style="italic"><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="strong|b"><fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="blockquote">
    <fo:block start-indent="10mm" end-indent="10mm" space-after="6pt"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="ol">
    <fo:list-block provisional-distance-between-starts="9mm" provisional-label-separation="2mm" space-after="6pt">
      <xsl:apply-templates select="li"/>
    </fo:list-block>
  </xsl:template>
  <xsl:template match="ol/li">
    <xsl:variable name="start"><xsl:choose><xsl:when test="../@start"><xsl:value-of select="../@start"/></xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:variable name="type"><xsl:choose><xsl:when test="../@type"><xsl:value-of select="../@type"/></xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose></xsl:variable>
    <fo:list-item>
      <fo:list-item-label end-indent="label-end()">
        <fo:block><xsl:number value="$start + count(preceding-sibling::li)" format="{$type}"/><xsl:choose><xsl:when test="$type = '1'">.</xsl:when><xsl:otherwise>)</xsl:otherwise></xsl:choose></fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates/></fo:block></fo:list-item-body>
    </fo:list-item>
  </xsl:template>
  <xsl:template match="ul">
    <fo:list-block provisional-distance-between-starts="6mm" provisional-label-separation="2mm" space-after="6pt" start-indent="from-parent(start-indent) + 6mm">
      <xsl:for-each select="li">
        <fo:list-item>
          <fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block></fo:list-item-label>
          <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates/></fo:block></fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="table">
    <fo:table table-layout="fixed" width="100%" space-after="8pt" border-top="0.75pt solid black" border-bottom="0.75pt solid black">
      <fo:table-column column-width="proportional-column-width(2)"/>
      <xsl:for-each select="(thead/tr|tbody/tr)[1]/*[position() &gt; 1]"><fo:table-column column-width="proportional-column-width(1)"/></xsl:for-each>
      <xsl:if test="thead">
        <fo:table-header font-weight="bold" border-bottom="0.5pt solid black"><xsl:apply-templates select="thead/tr"/></fo:table-header>
      </xsl:if>
      <fo:table-body><xsl:apply-templates select="tbody/tr"/></fo:table-body>
    </fo:table>
  </xsl:template>
  <xsl:template match="tr">
    <fo:table-row><xsl:for-each select="th|td">
      <fo:table-cell padding="2pt"><fo:block text-align="{substring('startend', 1 + 5 * number(position() &gt; 1), 5 - 2 * number(position() &gt; 1))}"><xsl:apply-templates/></fo:block></fo:table-cell>
    </xsl:for-each></fo:table-row>
  </xsl:template>

  <!-- A call: the number raised, its note at the foot of the page. -->
  <xsl:template match="a[contains(@class, 'footnote-ref')]">
    <xsl:variable name="id" select="substring-after(@href, '#')"/>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="7pt"><xsl:value-of select="."/></fo:inline>
      <fo:footnote-body>
        <fo:block font-size="8.5pt" text-align="start" space-before="2pt" start-indent="0mm" end-indent="0mm">
          <fo:inline baseline-shift="super" font-size="6pt"><xsl:value-of select="."/></fo:inline>
          <xsl:text> </xsl:text><xsl:apply-templates select="//li[@id = $id]/p/node()"/>
        </fo:block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>
  <xsl:template match="a[contains(@class, 'footnote-back')]"/>
  <xsl:template match="section[contains(@class, 'footnotes')]"/>
  <xsl:template match="a"><xsl:apply-templates/></xsl:template>
  <xsl:template match="sup"><fo:inline baseline-shift="super" font-size="7pt"><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="br"><fo:block/></xsl:template>
  <!-- A number and its text parted by a tab (sources/un/): the number, then the text from a stop 1.25 cm on. -->
  <xsl:template match="span[@class = 'tab']">
    <xsl:apply-templates/><fo:leader leader-pattern="space" leader-length="1.25cm"/>
  </xsl:template>
  <xsl:template match="span"><xsl:apply-templates/></xsl:template>
</xsl:stylesheet>
