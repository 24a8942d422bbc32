/**
 * Large, realistic command outputs made up for tests and the benchmark (an invented 9080-HEX frame,
 * serial 78ABCDE): the import must stay linear on listings of any size.
 */

const hex8 = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;

/**
 * `lsmap -all` of one VIOS with about `lines` lines: a vhost per client (lpar ids 3…), each with
 * VTDs on hdisks, eight lines per VTD as the VIOS prints them.
 */
export function bigLsmapAll(lines: number, vtdsPerVhost = 125): string {
  const out: string[] = [];
  let disk = 0;
  for (let v = 0; out.length < lines; v++) {
    out.push('SVSA            Physloc                                      Client Partition ID');
    out.push('--------------- -------------------------------------------- ------------------');
    out.push(`vhost${v}          U9080.HEX.78ABCDE-V1-C${11 + v}                     ${hex8(3 + (v % 990))}`);
    out.push('');
    for (let i = 0; i < vtdsPerVhost && out.length < lines; i++, disk++) {
      out.push(`VTD                   vtscsi${disk}`);
      out.push('Status                Available');
      out.push(`LUN                   0x${(0x81 + i).toString(16)}00000000000000`);
      out.push(`Backing device        hdisk${disk}`);
      out.push(`Physloc               U78D3.ND1.WZS00AB-P1-C4-T1-W500507680C11AB12-L${(disk + 1).toString(16)}000000000000`);
      out.push('Mirrored              false');
      out.push('');
    }
  }
  out.length = Math.min(out.length, lines);
  return `${out.join('\n')}\n`;
}

/** `lssyscfg -r lpar` of one frame with `rows` partitions. */
export function bigLssyscfgLpar(rows: number): string {
  const out: string[] = [];
  for (let i = 1; i <= rows; i++) {
    const vios = i <= 2;
    out.push(`name=${vios ? `vios${i}` : `lpar${i}`},lpar_id=${i},lpar_env=${vios ? 'vioserver' : 'aixlinux'},state=Running,resource_config=1,`
      + `os_version=${vios ? 'VIOS 3.1.4.21' : 'AIX 7.3 7300-02-01-2346'},logical_serial_num=78ABCDE${i},default_profile=default,curr_profile=default,rmc_state=active`);
  }
  return `${out.join('\n')}\n`;
}

/** `lshwres -r virtualio --rsubtype scsi` with `rows` adapters: server adapters on two VIOS and their clients. */
export function bigLshwresScsi(rows: number): string {
  const out: string[] = [];
  for (let i = 0; out.length < rows; i++) {
    const client = 3 + (i % 1000);
    const vios = 1 + (i % 2);
    const serverSlot = 11 + i;
    out.push(`lpar_name=vios${vios},lpar_id=${vios},slot_num=${serverSlot},state=1,is_required=1,adapter_type=server,remote_lpar_id=${client},remote_lpar_name=lpar${client},remote_slot_num=${2 + Math.floor(i / 1000)}`);
    if (out.length < rows) out.push(`lpar_name=lpar${client},lpar_id=${client},slot_num=${2 + Math.floor(i / 1000)},state=1,is_required=1,adapter_type=client,remote_lpar_id=${vios},remote_lpar_name=vios${vios},remote_slot_num=${serverSlot}`);
  }
  return `${out.join('\n')}\n`;
}
