(module
  (memory (export "memory") 1)
  ;; Dot products of one vector with many (all `dims` floats, dims a multiple of 20): writes the index (i32) and the
  ;; dot (f32) of each vector whose dot is at least `min` to `out`, and returns how many it wrote.
  (func (export "near")
    (param $vec i32) (param $rows i32) (param $count i32) (param $dims i32) (param $min f32) (param $out i32)
    (result i32)
    (local $k i32) (local $row i32) (local $d i32) (local $bytes i32) (local $acc v128) (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $a4 v128) (local $dot f32) (local $n i32)
    (local.set $bytes (i32.shl (local.get $dims) (i32.const 2)))
    (local.set $row (local.get $rows))
    (block $done
      (loop $each_row
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $a0 (v128.const f32x4 0 0 0 0)) (local.set $a1 (v128.const f32x4 0 0 0 0))
        (local.set $a2 (v128.const f32x4 0 0 0 0)) (local.set $a3 (v128.const f32x4 0 0 0 0))
        (local.set $a4 (v128.const f32x4 0 0 0 0))
        (local.set $d (i32.const 0))
        ;; Five independent sums per pass (80 bytes), so that additions do not wait on each other.
        (loop $each_lane
          (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (v128.load offset=0 (i32.add (local.get $vec) (local.get $d))) (v128.load offset=0 (i32.add (local.get $row) (local.get $d))))))
          (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (v128.load offset=16 (i32.add (local.get $vec) (local.get $d))) (v128.load offset=16 (i32.add (local.get $row) (local.get $d))))))
          (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (v128.load offset=32 (i32.add (local.get $vec) (local.get $d))) (v128.load offset=32 (i32.add (local.get $row) (local.get $d))))))
          (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (v128.load offset=48 (i32.add (local.get $vec) (local.get $d))) (v128.load offset=48 (i32.add (local.get $row) (local.get $d))))))
          (local.set $a4 (f32x4.add (local.get $a4) (f32x4.mul (v128.load offset=64 (i32.add (local.get $vec) (local.get $d))) (v128.load offset=64 (i32.add (local.get $row) (local.get $d))))))
          (local.set $d (i32.add (local.get $d) (i32.const 80)))
          (br_if $each_lane (i32.lt_u (local.get $d) (local.get $bytes))))
        (local.set $acc (f32x4.add (f32x4.add (f32x4.add (local.get $a0) (local.get $a1)) (f32x4.add (local.get $a2) (local.get $a3))) (local.get $a4)))
        (local.set $dot
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $acc)) (f32x4.extract_lane 1 (local.get $acc)))
            (f32.add (f32x4.extract_lane 2 (local.get $acc)) (f32x4.extract_lane 3 (local.get $acc)))))
        (if (f32.ge (local.get $dot) (local.get $min))
          (then
            (i32.store (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 3))) (local.get $k))
            (f32.store (i32.add (local.get $out) (i32.add (i32.shl (local.get $n) (i32.const 3)) (i32.const 4))) (local.get $dot))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $row (i32.add (local.get $row) (local.get $bytes)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $each_row)))
    (local.get $n)))
