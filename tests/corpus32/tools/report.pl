#!/usr/bin/perl
# A legacy perl report writer (perlform via formline, real perl): reads rows (cells split by \x1f, rows by \x1e,
# a leading mark: T title, H header pair, M money row, G grid header, R grid row, P project end) and prints a
# space-aligned report.  $ARGV[0] = "top" (merged labels on their block's first record) or "centered" (on the
# middle record of the block, centred in their column).  Widths are in CHARACTERS (perlform counts characters).
use strict; use warnings; use utf8;
binmode STDIN, ':utf8'; binmode STDOUT, ':utf8';
my $mode = shift @ARGV;
local $/ = "\x1e";
my @recs;
while (my $r = <STDIN>) { chomp $r; next if $r eq ''; push @recs, [split /\x1f/, $r, -1]; }
$: = " \n";          # break wrapped fields only at spaces (none in CJK text: chopped at the field width)
my $PAGE = 46; my ($line, $page) = (0, 1);
my (@gh, @w, $pic);
sub out { my ($t) = @_; my $n = () = $t =~ /\n/g; print $t; $line += $n; }
sub foot { out("\n" x ($PAGE - $line)) if $line < $PAGE; print "                                        第 $page 页\n\f"; $page++; $line = 0; }
sub row { my @v = @_; $^A = ''; formline($pic, @v); my $t = $^A; $^A = '';
  my $n = () = $t =~ /\n/g; if ($line + $n > $PAGE) { foot(); grid_head(); } out($t); }
sub grid_head { my @h = @gh; $^A = ''; formline($pic, @h); out($^A); $^A = ''; out(join(' ', map { '-' x $_ } @w) . "\n"); }
my @block;
sub flush_block {
  return unless @block;
  my $ncat = 0; $ncat++ while $ncat < 2 && $gh[$ncat] =~ /^[一二]级指标$/;
  if ($mode eq 'centered' && $ncat) {
    for my $j (0 .. $ncat - 1) {     # move each label to the middle record of its run
      my @starts = grep { $block[$_][$j] ne '' || ($j == 1 && $block[$_][0] ne '') } 0 .. $#block;
      push @starts, scalar @block;
      for my $s (0 .. $#starts - 1) {
        my ($a, $b) = ($starts[$s], $starts[$s + 1] - 1); my $lab = $block[$a][$j];
        $block[$a][$j] = ''; my $m = int(($a + $b) / 2); $block[$m][$j] = $lab;
      }
    }
  }
  my $cp = $pic;
  row(@$_) for @block; @block = ();
}
for my $rec (@recs) {
  my ($k, @c) = @$rec;
  if ($k eq 'T') { out("\n" . (' ' x 10) . $c[0] . "\n\n"); }
  elsif ($k eq 'H') { $^A = ''; my ($a, $b) = @c; formline("^<<<<<<<<<<<<<  ^<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<~~\n", $a, $b); out($^A); $^A = ''; }
  elsif ($k eq 'M') { $^A = ''; my ($a, $b, $c) = @c; formline("^<<<<<<<<<<<<<  ^<<<<<<<<<<<<<<<<< ^<<<<<<<<<<<<<~~\n", $a, $b, $c); out($^A); $^A = ''; }
  elsif ($k eq 'G') {
    @gh = @c;
    @w = map { my $h = $_; $h =~ /^(一级指标|二级指标)$/ ? 8 : $h =~ /^(三级指标|指标名称|指标内容)$/ ? 12 : $h eq '序号' ? 4 : $h =~ /原因|说明|方向|路径|标准/ ? 12 : 9 } @gh;
    $pic = join(' ', map { ($mode eq 'centered' && $_ < 2 && $gh[$_] =~ /级指标$/) ? '^' . ('|' x ($w[$_] - 1)) : '^' . ('<' x ($w[$_] - 1)) } 0 .. $#w) . "~~\n";
    foot() if $line + 6 > $PAGE; out("\n"); grid_head();
  }
  elsif ($k eq 'R') { push @block, [@c]; }
  elsif ($k eq 'P') { flush_block(); out("\n"); }
}
foot();
